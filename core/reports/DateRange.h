#pragma once
// An inclusive range of business days, the unit every sales report is asked for, and the
// whole-month range the product ranking rounds it to (its summary table is kept per month).

#include "common/Result.h"

#include <QDate>

namespace patron {

struct DateRange {
    QDate from;  // inclusive
    QDate to;    // inclusive

    // InvalidInput (translated) when a date is missing or `from` is after `to`.
    static Result<DateRange> make(const QDate& from, const QDate& to);
    qint64 days() const { return from.daysTo(to) + 1; }
    bool contains(const QDate& d) const { return d >= from && d <= to; }
    // The range of the same length that ends the day before this one starts.
    DateRange previous() const;
};

// Whole calendar months, first day of `first` to the last day of `last`.
struct MonthRange {
    QDate first;  // day 1 of the first month
    QDate last;   // day 1 of the last month

    // The months a day range touches: a range that starts or ends mid-month is widened.
    static MonthRange covering(const DateRange& days);
    DateRange days() const;
    // The same number of whole months, ending the month before `first`.
    MonthRange previous() const;
    QString firstKey() const;  // "2026-03", the sum_product_month key
    QString lastKey() const;
};

} // namespace patron
