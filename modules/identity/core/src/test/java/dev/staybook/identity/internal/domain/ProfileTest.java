package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void namedProfileHasOnlyAName() {
        Profile profile = Profile.named("Ana");

        assertEquals(new Profile("Ana", null, null, null, List.of()), profile);
    }

    @Test
    void stripsTheName() {
        assertEquals("Ana", Profile.named("  Ana \t").name());
    }

    @Test
    void rejectsABlankName() {
        assertEquals(List.of("name"), rejectedFields(() -> Profile.named("   ")));
    }

    @Test
    void rejectsAMissingName() {
        assertEquals(List.of("name"), rejectedFields(() -> Profile.named(null)));
    }

    @Test
    void acceptsANameOf100Characters() {
        assertEquals(100, Profile.named("n".repeat(100)).name().length());
    }

    @Test
    void rejectsANameLongerThan100Characters() {
        assertEquals(List.of("name"), rejectedFields(() -> Profile.named("n".repeat(101))));
    }

    @Test
    void acceptsABioOf2000Characters() {
        assertEquals(2000, withBio("b".repeat(2000)).bio().length());
    }

    @Test
    void rejectsABioLongerThan2000Characters() {
        assertEquals(List.of("bio"), rejectedFields(() -> withBio("b".repeat(2001))));
    }

    @Test
    void acceptsHttpAndHttpsAvatarUrls() {
        assertEquals("https://cdn.example.com/a.png", withAvatar("https://cdn.example.com/a.png").avatarUrl());
        assertEquals("http://cdn.example.com/a.png", withAvatar("http://cdn.example.com/a.png").avatarUrl());
    }

    @Test
    void rejectsAnAvatarUrlWithAnotherScheme() {
        assertEquals(List.of("avatarUrl"), rejectedFields(() -> withAvatar("ftp://cdn.example.com/a.png")));
        assertEquals(List.of("avatarUrl"), rejectedFields(() -> withAvatar("javascript:alert(1)")));
    }

    @Test
    void rejectsAnAvatarUrlWithoutAHost() {
        assertEquals(List.of("avatarUrl"), rejectedFields(() -> withAvatar("https:///a.png")));
    }

    @Test
    void rejectsARelativeAvatarUrl() {
        assertEquals(List.of("avatarUrl"), rejectedFields(() -> withAvatar("/images/a.png")));
    }

    @Test
    void acceptsAnE164PhoneNumber() {
        assertEquals("+4930123456", withPhone("+4930123456").phone());
    }

    @Test
    void rejectsAPhoneNumberWithoutCountryCode() {
        assertEquals(List.of("phone"), rejectedFields(() -> withPhone("030123456")));
    }

    @Test
    void rejectsAPhoneNumberWithSpaces() {
        assertEquals(List.of("phone"), rejectedFields(() -> withPhone("+49 30 123456")));
    }

    @Test
    void rejectsAPhoneNumberLongerThan15Digits() {
        assertEquals(List.of("phone"), rejectedFields(() -> withPhone("+1234567890123456")));
    }

    @Test
    void canonicalizesLanguageTags() {
        assertEquals(List.of("fr-CA", "en", "zh-Hant-TW"), withLanguages(List.of("fr-ca", "EN", " zh-hant-tw ")).languages());
    }

    @Test
    void dropsLanguagesThatAreTheSameOnceCanonical() {
        assertEquals(List.of("fr-CA"), withLanguages(List.of("fr-ca", "FR-CA", "fr-CA")).languages());
    }

    @Test
    void treatsMissingLanguagesAsNone() {
        assertEquals(List.of(), withLanguages(null).languages());
    }

    @Test
    void rejectsAMalformedLanguageTag() {
        assertEquals(List.of("languages"), rejectedFields(() -> withLanguages(List.of("en", "not a tag"))));
    }

    @Test
    void rejectsATagWithoutALanguage() {
        assertEquals(List.of("languages"), rejectedFields(() -> withLanguages(List.of("x-private"))));
    }

    @Test
    void rejectsMoreThan20Languages() {
        List<String> languages = IntStream.range(0, 21).mapToObj(i -> "a" + (char) ('a' + i)).toList();

        assertEquals(List.of("languages"), rejectedFields(() -> withLanguages(languages)));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        List<String> fields = rejectedFields(() -> new Profile("", "b".repeat(2001), "ftp://x", "123", List.of("!!")));

        assertEquals(List.of("avatarUrl", "bio", "languages", "name", "phone"), fields.stream().sorted().toList());
    }

    private static Profile withBio(String bio) {
        return new Profile("Ana", bio, null, null, List.of());
    }

    private static Profile withAvatar(String avatarUrl) {
        return new Profile("Ana", null, avatarUrl, null, List.of());
    }

    private static Profile withPhone(String phone) {
        return new Profile("Ana", null, null, phone, List.of());
    }

    private static Profile withLanguages(List<String> languages) {
        return new Profile("Ana", null, null, null, languages);
    }

    private static List<String> rejectedFields(Runnable creation) {
        InvalidInput rejected = assertThrows(InvalidInput.class, creation::run);
        return rejected.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void namesAreOneLineAndBiosHoldNoControlCharactersButLineBreaks() {
        assertThrows(InvalidInput.class, () -> Profile.named("Ada\r\nBcc: victim@example.com"));
        assertThrows(InvalidInput.class, () -> new Profile("Ada", "bell\u0007", null, null, null));
        new Profile("Ada", "first line\nsecond line", null, null, null);
    }
}
