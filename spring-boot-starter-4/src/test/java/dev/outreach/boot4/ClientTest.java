package dev.outreach.boot4;

import dev.outreach.boot.tests.ClientContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestTemplate;

/** The client contract on Boot 4: Boot's {@code RestClient} and {@code RestTemplate} builders read Outreach content strictly. */
@SpringBootTest(classes = ContractApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientTest extends ClientContract {

    @Autowired
    private RestTemplateBuilder restTemplates;

    @Override
    protected RestTemplate restTemplate(String rootUri) {
        return restTemplates.rootUri(rootUri).build();
    }
}
