// Checks that the health endpoint answers UP with the service's name, as the probes expect.
package com.billpay.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HealthController.class)
@TestPropertySource(properties = {
    "spring.application.name=billpay-test",
    "billpay.version=1.2.3",
    "billpay.environment=test"
})
class HealthControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void healthReportsUpWithTheServiceName() throws Exception {
        mvc.perform(get("/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.service").value("billpay-test"))
                .andExpect(jsonPath("$.version").value("1.2.3"));
    }
}
