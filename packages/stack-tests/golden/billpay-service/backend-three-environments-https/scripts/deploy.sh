#!/usr/bin/env bash
# Builds, publishes and deploys the service to one environment of its BillPay infrastructure
# stack, and writes what the portal reads into iac-outputs/ (plan-summary.md, outputs.json).
#   image <env>  build the image of HEAD and push it to the environment's ECR repository
#   plan <env>   build the image and dry-run the manifests against the cluster (server side)
#   apply <env>  push the image if missing, apply the manifests and wait for the rollout
# Needs AWS credentials for the environment (the workflows get them through OIDC), docker,
# kubectl, jq and the AWS CLI.
set -euo pipefail

service='billpay-payments-api'
stack='payments'
image_repository='backend'
default_region='sa-east-1'
region="${AWS_REGION:-$default_region}"

usage() {
  echo "usage: $0 image|plan|apply <environment>" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
command="$1"
environment="$2"
case "$command" in
  image | plan | apply) ;;
  *) usage ;;
esac
overlay="k8s/overlays/billpay-$environment"
if [[ ! "$environment" =~ ^(dev|staging|prod)$ || ! -d "$overlay" ]]; then
  echo "environment '$environment' has no overlay under k8s/overlays/" >&2
  exit 2
fi

out_dir="${IAC_OUT_DIR:-iac-outputs}"
mkdir -p "$out_dir"
namespace="billpay-$environment"
cluster="billpay-$stack-$environment"
repository="billpay-$stack-$environment/$image_repository"
tag="$(git rev-parse --short=12 HEAD)"
account="$(aws sts get-caller-identity --query Account --output text)"
registry="$account.dkr.ecr.$region.amazonaws.com"
image="$registry/$repository:$tag"

image_exists() {
  aws ecr describe-images --region "$region" --repository-name "$repository" \
    --image-ids "imageTag=$tag" >/dev/null 2>&1
}

build_image() {
  docker build --pull --label "org.opencontainers.image.revision=$(git rev-parse HEAD)" -t "$image" .
}

push_image() {
  aws ecr get-login-password --region "$region" |
    docker login --username AWS --password-stdin "$registry"
  docker push "$image"
}

# A throw-away kustomization on top of the environment's overlay that pins the image and the
# version the pods report; the overlay itself never changes.
render_manifests() {
  local dir="k8s/.deploy/$environment"
  rm -rf "$dir"
  mkdir -p "$dir"
  cat >"$dir/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../overlays/billpay-$environment
images:
  - name: app-image
    newName: $registry/$repository
    newTag: "$tag"
patches:
  - target:
      kind: Deployment
      name: $service
    patch: |-
      - op: replace
        path: /spec/template/spec/containers/0/env/1/value
        value: "$tag"
YAML
  echo "$dir"
}

write_outputs() {
  local url="$1"
  jq -n --arg image "$image" --arg namespace "$namespace" --arg cluster "$cluster" \
    --arg tag "$tag" --arg url "$url" \
    '{deployment: {image: {value: $image}, tag: {value: $tag}, namespace: {value: $namespace},
      cluster: {value: $cluster}, url: {value: $url}}}' >"$out_dir/outputs.json"
}

if [[ "$command" == image ]]; then
  if image_exists; then
    echo "image $image is already in ECR"
  else
    build_image
    push_image
  fi
  exit 0
fi

aws eks update-kubeconfig --region "$region" --name "$cluster" >/dev/null
manifests="$(render_manifests)"

if [[ "$command" == plan ]]; then
  image_exists || build_image
  kubectl apply --dry-run=server -k "$manifests" >/dev/null
  changed="$(kubectl diff -k "$manifests" 2>/dev/null | grep -cE '^[+-][^+-]' || true)"
  {
    echo "### plan $environment"
    echo
    echo "| Unit | Plan |"
    echo "|---|---|"
    echo "| deployment | image $tag, ${changed:-0} changed manifest lines, server-side dry run passed |"
  } >"$out_dir/plan-summary.md"
  write_outputs ""
  exit 0
fi

image_exists || { build_image && push_image; }
kubectl apply -k "$manifests"
kubectl --namespace "$namespace" rollout status "deployment/$service" --timeout=10m
url='https://api.billpay.example.com/billpay-payments-api'
{
  echo "### apply $environment"
  echo
  echo "| Unit | Plan |"
  echo "|---|---|"
  echo "| deployment | rolled out image $tag in $namespace |"
} >"$out_dir/plan-summary.md"
write_outputs "$url"
echo "deployed $image to $namespace"
