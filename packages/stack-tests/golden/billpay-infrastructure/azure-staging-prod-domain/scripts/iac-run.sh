#!/usr/bin/env bash
# Runs plan or apply over every Terragrunt unit of one environment and writes what the portal
# reads into iac-outputs/: plan-summary.md (one line per unit) and outputs.json (the output of
# every unit, keyed by module). Both workflows call it; it runs the same way on a laptop.
set -euo pipefail

usage() {
  echo "usage: $0 plan|apply <environment>" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
command="$1"
environment="$2"
case "$command" in
  plan | apply) ;;
  *) usage ;;
esac
if [[ ! "$environment" =~ ^(dev|staging|prod)$ || ! -d "live/$environment" ]]; then
  echo "environment '$environment' has no folder under live/" >&2
  exit 2
fi

out_dir="${IAC_OUT_DIR:-iac-outputs}"
mkdir -p "$out_dir"
export TG_TF_PATH="${TG_TF_PATH:-tofu}"
export TG_NON_INTERACTIVE=true
export TF_IN_AUTOMATION=1
if [[ -n "${CI:-}" ]]; then
  export TG_NO_COLOR=true
fi

mapfile -t units < <(find "live/$environment" -mindepth 2 -maxdepth 2 -name terragrunt.hcl -printf '%h\n' | sort)

# Every unit is planned in dependency order. A unit whose dependencies are not applied yet plans
# against their mock outputs, so the first plan of a new environment shows everything it adds.
terragrunt run --all --working-dir "live/$environment" -- \
  plan -input=false -no-color -lock-timeout=5m -out=tfplan

{
  echo "### ${command} ${environment}"
  echo
  echo "| Unit | Plan |"
  echo "|---|---|"
  for unit in "${units[@]}"; do
    summary="$(terragrunt run --working-dir "$unit" -- show -no-color tfplan 2>/dev/null |
      grep -E '^(Plan: |No changes\.)' | head -n 1 || true)"
    echo "| ${unit##*/} | ${summary:-no plan} |"
  done
} >"$out_dir/plan-summary.md"

if [[ "$command" == apply ]]; then
  # Applied with fresh plans, unit after unit, so each one sees the real outputs of the units
  # it depends on instead of the mocks used above.
  terragrunt run --all --working-dir "live/$environment" -- \
    apply -input=false -no-color -lock-timeout=5m -auto-approve
fi

# Outputs of every unit, keyed by module. Sensitive outputs stay out of the artifact.
json='{}'
for unit in "${units[@]}"; do
  unit_json="$(terragrunt run --working-dir "$unit" -- output -json 2>/dev/null || true)"
  if ! jq -e 'type == "object"' >/dev/null 2>&1 <<<"$unit_json"; then
    unit_json='{}'
  fi
  json="$(jq --arg module "${unit##*/}" --argjson outputs "$unit_json" \
    '. + {($module): ($outputs | with_entries(select(.value.sensitive != true)))}' <<<"$json")"
done
printf '%s\n' "$json" >"$out_dir/outputs.json"
echo "wrote $out_dir/plan-summary.md and $out_dir/outputs.json"
