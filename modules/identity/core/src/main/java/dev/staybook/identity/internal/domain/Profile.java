package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.input.FreeText;
import java.net.URI;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The editable part of an account. Validated as a whole so that a bad update reports every bad field
 * at once. The phone number is E.164 ({@code +4930123456}); languages are BCP 47 tags ({@code fr-CA}).
 */
public record Profile(String name, String bio, String avatarUrl, String phone, List<String> languages) {

    static final int MAX_NAME = 100;
    static final int MAX_BIO = 2000;
    static final int MAX_URL = 2048;
    static final int MAX_LANGUAGES = 20;
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    public Profile {
        name = name == null ? null : name.strip();
        languages = languages == null ? List.of() : languages.stream().map(Profile::canonicalLanguage).distinct().toList();
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to %d characters".formatted(MAX_NAME)));
        } else if (!FreeText.isSingleLine(name)) {
            // names go into mail headers (To:) and greetings
            errors.add(new FieldError("name", FreeText.singleLineMessage()));
        }
        if (bio != null && bio.length() > MAX_BIO) {
            errors.add(new FieldError("bio", "must be at most %d characters".formatted(MAX_BIO)));
        } else if (!FreeText.isMultiLine(bio)) {
            errors.add(new FieldError("bio", FreeText.multiLineMessage()));
        }
        if (avatarUrl != null && !isWebAddress(avatarUrl)) {
            errors.add(new FieldError("avatarUrl", "must be an http or https URL of at most %d characters".formatted(MAX_URL)));
        }
        if (phone != null && !E164.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "must be an E.164 number such as +4930123456"));
        }
        if (languages.size() > MAX_LANGUAGES || languages.contains("")) {
            errors.add(new FieldError("languages", "must be at most %d language tags such as en or fr-CA".formatted(MAX_LANGUAGES)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The profile has invalid fields.", errors);
        }
    }

    public static Profile named(String name) {
        return new Profile(name, null, null, null, List.of());
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The canonical tag, or "" (reported as an error) when the text is not a well-formed language tag. */
    private static String canonicalLanguage(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag == null ? "" : tag.strip()).build();
            return locale.getLanguage().isEmpty() ? "" : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return "";
        }
    }
}
