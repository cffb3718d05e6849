package dev.outreach.boot4;

import dev.outreach.boot.tests.ContractController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The application the starter is tested in: Boot's defaults, the starter, and the contract's controller. */
@SpringBootApplication
@Import(ContractController.class)
class ContractApplication {
}
