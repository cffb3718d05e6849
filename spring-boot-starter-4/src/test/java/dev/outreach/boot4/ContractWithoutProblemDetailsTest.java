package dev.outreach.boot4;

import dev.outreach.boot.tests.StarterContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The starter contract on Boot 4, with Boot's own problem details off. */
@SpringBootTest(classes = ContractApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mvc.problemdetails.enabled=false")
class ContractWithoutProblemDetailsTest extends StarterContract {

    @LocalServerPort
    private int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected boolean problemDetailsEnabled() {
        return false;
    }
}
