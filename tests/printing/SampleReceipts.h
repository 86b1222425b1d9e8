#pragma once
// Receipts used across the printing tests: a Chinese sale with a member, discounts, 抹零 and
// mixed tenders; and helpers to measure lines independently of the code under test.

#include "sales/receipt/ReceiptDocument.h"

namespace patron::test {

ReceiptDocument sampleSale();
// Display width by the East Asian Width ranges of the brief, written out again here.
int displayWidth(const QString& s);

} // namespace patron::test
