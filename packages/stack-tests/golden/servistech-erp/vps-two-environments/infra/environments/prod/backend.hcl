# S3 backend of one environment ("prod"): passed to `tofu init -backend-config=...`.
bucket         = "servistech-opentofu-state"
key            = "servistech-erp/prod/infra.tfstate"
region         = "us-east-1"
dynamodb_table = "opentofu-locks"
encrypt        = true
