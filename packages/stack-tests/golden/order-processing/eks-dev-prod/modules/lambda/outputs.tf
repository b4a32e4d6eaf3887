# Values the services, topics and CI read from the lambda module.

output "function_name" {
  description = "Name of the function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "ARN of the function (resource of lambda:InvokeFunction)."
  value       = aws_lambda_function.this.arn
}

output "role_arn" {
  description = "Role the function runs with."
  value       = aws_iam_role.this.arn
}
