# S3 backend of one environment ("staging"): passed to `tofu init -backend-config=...`.
bucket         = "servistech-opentofu-state"
key            = "servistech-erp/staging/infra.tfstate"
region         = "us-east-1"
dynamodb_table = "opentofu-locks"
encrypt        = true
