#!/usr/bin/env bash
# Publishes the built frontend (dist/app) to one environment of its BillPay infrastructure
# stack, and writes what the portal reads into iac-outputs/ (plan-summary.md, outputs.json).
#   plan <env>   show what the upload would change (nothing is written)
#   apply <env>  upload, then invalidate the files browsers must not cache
# The site's CloudFront distribution is found by its comment, billpay-<stack>-<env>-<site>, and
# its bucket from the distribution's origin. Needs AWS credentials (OIDC in the workflows), the
# AWS CLI and jq.
set -euo pipefail

name='billpay-shell'
site='frontend-a'
stack='payments'
remotes=('frontend-b' 'feature-flags')

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
if [[ ! "$environment" =~ ^(dev|staging|prod)$ ]]; then
  echo "environment must be dev, staging or prod" >&2
  exit 2
fi
if [[ ! -f dist/app/index.html ]]; then
  echo "dist/app is missing: run npm run build first" >&2
  exit 2
fi

out_dir="${IAC_OUT_DIR:-iac-outputs}"
mkdir -p "$out_dir"
version="$(git rev-parse --short=12 HEAD)"

# Prints "<id> <public host>" of the distribution of a site in this environment.
distribution() {
  local comment="billpay-$stack-$environment-$1"
  local found
  found="$(aws cloudfront list-distributions \
    --query "DistributionList.Items[?Comment=='$comment'] | [0].[Id, DomainName, Aliases.Items[0]]" \
    --output text)"
  local id domain alias
  read -r id domain alias <<<"$found"
  if [[ -z "$id" || "$id" == None ]]; then
    echo "no CloudFront distribution with comment $comment: is the site in the infrastructure stack?" >&2
    return 1
  fi
  if [[ -n "$alias" && "$alias" != None ]]; then
    echo "$id $alias"
  else
    echo "$id $domain"
  fi
}

read -r distribution_id host <<<"$(distribution "$site")"
origin="$(aws cloudfront get-distribution-config --id "$distribution_id" \
  --query 'DistributionConfig.Origins.Items[0].DomainName' --output text)"
bucket="${origin%%.s3.*}"

# The host learns where each remote lives in this environment from its manifest.
if [[ -n "${remotes[*]:-}" ]]; then
  manifest='{}'
  for remote in "${remotes[@]}"; do
    read -r _ remote_host <<<"$(distribution "$remote")"
    manifest="$(jq --arg key "$remote" --arg url "https://$remote_host/remoteEntry.js" '. + {($key): $url}' <<<"$manifest")"
  done
  printf '%s\n' "$manifest" >dist/app/assets/mf.manifest.json
fi

dry_run=()
if [[ "$command" == plan ]]; then
  dry_run=(--dryrun)
fi

# Hashed bundles never change: cache them for a year. Entry files and assets must be fetched
# fresh so a release shows up at once.
changes="$(
  aws s3 sync dist/app "s3://$bucket" "${dry_run[@]}" --no-progress \
    --exclude index.html --exclude remoteEntry.js --exclude 'assets/*' \
    --cache-control 'public, max-age=31536000, immutable'
  aws s3 sync dist/app "s3://$bucket" "${dry_run[@]}" --no-progress \
    --exclude '*' --include index.html --include remoteEntry.js --include 'assets/*' \
    --cache-control 'no-cache'
)"
printf '%s\n' "$changes"
uploads="$(grep -c 'upload:' <<<"$changes" || true)"

if [[ "$command" == apply ]]; then
  aws cloudfront create-invalidation --distribution-id "$distribution_id" \
    --paths /index.html /remoteEntry.js '/assets/*' >/dev/null
fi

{
  echo "### $command $environment"
  echo
  echo "| Unit | Plan |"
  echo "|---|---|"
  if [[ "$command" == plan ]]; then
    echo "| site | $uploads files to upload to $site (version $version) |"
  else
    echo "| site | uploaded $uploads files to $site (version $version), cache invalidated |"
  fi
} >"$out_dir/plan-summary.md"

jq -n --arg name "$name" --arg bucket "$bucket" --arg id "$distribution_id" \
  --arg url "https://$host/" --arg version "$version" \
  '{site: {component: {value: $name}, bucket: {value: $bucket}, distribution_id: {value: $id},
    url: {value: $url}, version: {value: $version}}}' >"$out_dir/outputs.json"
echo "$command done for $site in $environment: https://$host/"
