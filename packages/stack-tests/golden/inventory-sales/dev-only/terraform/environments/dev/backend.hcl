# S3 backend of one environment ("dev"): passed to `tofu init -backend-config=...`.
bucket         = "acme-retail-opentofu-state"
key            = "inventory-demo/dev/terraform.tfstate"
region         = "us-east-1"
dynamodb_table = "opentofu-locks"
encrypt        = true
