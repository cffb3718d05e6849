package dev.outreach.core;

/**
 * A closed set of values that each have a stable lowercase code, the form used in documents
 * ({@code x-spaces}, {@code guest}, {@code side-event-of}). Codes never change once published.
 */
public interface Coded {

    /** @return the stable lowercase code */
    String code();

    /**
     * Finds the constant of {@code type} with the given code.
     *
     * @param type the enum class
     * @param code the code to look up
     * @param <E>  the enum type
     * @return the constant
     * @throws InvalidContentException naming the unknown code's type if no constant has it
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw Validators.invalid(type, "outreach.code.unknown");
    }
}
