package dev.outreach.core;

/**
 * A value with rules that relate several of its properties. They are checked after the
 * single-property constraints, and reported in the same exception.
 */
interface Consistent {

    /**
     * Reports each broken rule. Only called when every property is present and well-formed,
     * so an implementation may read required properties without null checks.
     */
    void checkConsistency(Problems problems);
}
