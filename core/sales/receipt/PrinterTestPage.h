#pragma once
// The printer test page: Chinese and English text, a ruler of the paper's columns, an item line,
// a barcode and a QR code, so one print shows whether encoding, width, cutter and codes work.

#include "sales/receipt/ReceiptDocument.h"

namespace patron {

ReceiptDocument makePrinterTestPage(int columns, const QDateTime& now);

} // namespace patron
