# Values the API gateway, other services and CI read from the ecs-service module.

output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.this.name
}

output "discovery_service_arn" {
  description = "Cloud Map service the tasks register in (target of API gateway integrations)."
  value       = aws_service_discovery_service.this.arn
}

output "security_group_id" {
  description = "Security group of the tasks."
  value       = aws_security_group.this.id
}

output "task_role_arn" {
  description = "Role the service's code runs with."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of that role."
  value       = aws_iam_role.task.name
}

output "task_definition_arn" {
  description = "Task definition revision the service runs."
  value       = aws_ecs_task_definition.this.arn
}
