# Settings of one environment ("dev"): network range and sizes. Production gets the
# highly available layout when the portal form asked for it.
locals {
  environment       = "dev"
  vpc_cidr          = "10.80.0.0/16"
  high_availability = false

  service_image_tag = "2024.06.1"
  service_min_count = 1
  service_max_count = 2

  msk_broker_type    = "kafka.m5.large"
  mq_instance_type   = "mq.m5.large"
  rds_instance_class = "db.m6g.large"
}
