package dev.outreach.boot4;

import dev.outreach.boot.tests.StarterContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The starter contract on Boot 4, with Boot's own problem details on. */
@SpringBootTest(classes = ContractApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mvc.problemdetails.enabled=true")
class ContractWithProblemDetailsTest extends StarterContract {
}
