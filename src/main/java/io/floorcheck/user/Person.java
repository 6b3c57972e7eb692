package io.floorcheck.user;

import java.util.Set;

/** A colleague as other features show them: who they are, not how they sign in. */
public record Person(long id, String name, String title, Set<String> roles, boolean enabled) {

    public Person {
        roles = Set.copyOf(roles);
    }
}
