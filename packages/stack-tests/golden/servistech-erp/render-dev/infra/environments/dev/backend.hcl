# S3 backend of one environment ("dev"): passed to `tofu init -backend-config=...`.
bucket         = "servistech-opentofu-state"
key            = "servistech-dev/dev/infra.tfstate"
region         = "us-east-2"
dynamodb_table = "opentofu-locks"
encrypt        = true
