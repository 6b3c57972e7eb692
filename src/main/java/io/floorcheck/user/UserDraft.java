package io.floorcheck.user;

import java.util.Set;

import io.floorcheck.base.Text;

/** What an administrator enters for a new or edited user. */
public record UserDraft(String email, String displayName, String title, Set<String> roles) {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 120;
    public static final int TITLE_MAX_LENGTH = 120;

    public UserDraft {
        email = Text.line(email);
        displayName = Text.line(displayName);
        title = Text.lineOrNull(title);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static UserDraft empty() {
        return new UserDraft("", "", "", Set.of());
    }
}
