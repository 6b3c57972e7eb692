package io.floorcheck.archfixturea;

import org.springframework.stereotype.Service;

/** Deliberately breaks rule 4: a public service method with neither a transaction nor a guard. */
@Service
public class UnguardedService {

    public String everyoneMayCallThis() {
        return "no @Transactional, no @PreAuthorize";
    }
}
