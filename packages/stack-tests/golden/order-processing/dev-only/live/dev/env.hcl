# Settings of one environment ("dev"): network range and sizes. Production gets the
# highly available layout when the portal form asked for it.
locals {
  environment       = "dev"
  vpc_cidr          = "10.50.0.0/16"
  high_availability = false

  service_image_tag = "latest"
  service_min_count = 1
  service_max_count = 2

  msk_broker_type    = "kafka.t3.small"
  mq_instance_type   = "mq.t3.micro"
  rds_instance_class = "db.t4g.small"
}
