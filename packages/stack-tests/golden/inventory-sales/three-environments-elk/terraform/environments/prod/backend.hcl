# S3 backend of one environment ("prod"): passed to `tofu init -backend-config=...`.
bucket         = "acme-retail-opentofu-state-eu"
key            = "stores-inventory/prod/terraform.tfstate"
region         = "eu-west-1"
dynamodb_table = "opentofu-locks"
encrypt        = true
