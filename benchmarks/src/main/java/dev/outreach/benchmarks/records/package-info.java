/**
 * The second baseline: Java records carrying Jakarta constraints like the model's
 * ({@code @NotNull}, {@code @Size}, {@code @Pattern} for slugs, {@code @Min}, {@code @Valid} for
 * nesting), read by a plain Jackson {@code ObjectMapper} and validated afterwards by one cached
 * Hibernate Validator {@code Validator} (see {@link dev.outreach.benchmarks.records.RecordValidation}).
 */
package dev.outreach.benchmarks.records;
