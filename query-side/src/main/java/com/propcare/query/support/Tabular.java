package com.propcare.query.support;

/**
 * A read model that is also a table, as a spreadsheet export of it holds it ({@code Accept: text/csv} or
 * {@code format=csv}). Lists need not be: their items are the rows.
 */
public interface Tabular {

    Table table();
}
