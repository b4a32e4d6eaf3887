# Monitoring settings shared by every environment: the alarm threshold on node CPU.
inputs = {
  node_cpu_threshold = 80
}
