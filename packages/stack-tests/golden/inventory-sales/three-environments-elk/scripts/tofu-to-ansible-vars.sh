#!/usr/bin/env bash
# Turns one environment's `tofu output -json` into Ansible extra variables, so the playbooks use the
# database, buckets and names the last apply produced.
# Usage: scripts/tofu-to-ansible-vars.sh <environment> <tofu-output.json> > ansible-vars.json
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <environment> <tofu-output.json>" >&2
  exit 2
fi

environment="$1"
outputs_file="$2"

jq --arg env "$environment" '{
  deploy_environment: $env,
  database_endpoint: .database_endpoint.value,
  database_name: .rds.value.db_name,
  database_secret_arn: .database_secret_arn.value,
  ansible_transfer_bucket: .ansible_transfer_bucket.value,
  assets_bucket: .s3.value.bucket_id
}' "$outputs_file"
