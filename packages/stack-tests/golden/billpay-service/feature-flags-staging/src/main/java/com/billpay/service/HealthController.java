// Health endpoint of the service. Kubernetes probes and the load balancer's health check call it;
// it answers as soon as the application can serve requests.
package com.billpay.service;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HealthController {

    private final String service;
    private final String version;
    private final String environment;

    public HealthController(
            @Value("${spring.application.name}") String service,
            @Value("${billpay.version}") String version,
            @Value("${billpay.environment}") String environment) {
        this.service = service;
        this.version = version;
        this.environment = environment;
    }

    @GetMapping("/health")
    public Map<String, String> health() {
        return Map.of(
                "status", "UP",
                "service", service,
                "version", version,
                "environment", environment);
    }
}
