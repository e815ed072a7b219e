package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/**
 * One entry of the managed amenity catalogue that listings choose from. Invariants: the code is a
 * lower-case identifier ({@code hot_tub}) and never changes; name and category are present, the name one line (every
 * listing page shows it).
 */
@Entity
@Table(name = "amenities")
public class Amenity {

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");
    private static final Pattern CATEGORY = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

    @Id
    private String code;
    private String name;
    private String category;

    protected Amenity() {
        // for JPA
    }

    public Amenity(String code, String name, String category) {
        String strippedName = name == null ? null : name.strip();
        new InputErrors()
                .check(code != null && CODE.matcher(code).matches(), "code", "must be a lower-case code such as hot_tub (2 to 40 characters)")
                .check(strippedName != null && !strippedName.isEmpty() && strippedName.length() <= 80, "name", "is required, at most 80 characters")
                .check(FreeText.isSingleLine(strippedName), "name", FreeText.singleLineMessage())
                .check(category != null && CATEGORY.matcher(category).matches(), "category", "must be a lower-case word such as outdoor")
                .throwIfAny("The amenity has invalid fields.");
        this.code = code;
        this.name = strippedName;
        this.category = category;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }
}
