#pragma once
// EscPosEncoder: a receipt (or its layout) as the ESC/POS bytes one printer profile understands.
// The drawer pulse is sent only when the caller asks: a cash tender opens the drawer, a card
// payment or a reprint does not.

#include "devices/escpos/PrinterProfile.h"
#include "sales/receipt/ReceiptDocument.h"
#include "sales/receipt/ReceiptLayout.h"

#include <QByteArray>

namespace patron {

struct EncodeOptions {
    bool openDrawer = false;
    bool cut = true;
};

class EscPosEncoder {
public:
    explicit EscPosEncoder(PrinterProfile profile);

    const PrinterProfile& profile() const { return m_profile; }
    // Lays the document out for the profile's columns and character set, then encodes it.
    QByteArray encode(const ReceiptDocument& doc, const EncodeOptions& options = {}) const;
    QByteArray encode(const ReceiptLayout& layout, const EncodeOptions& options = {}) const;
    // Only the drawer pulse (a "no sale" open).
    QByteArray drawerKick() const;

private:
    QByteArray prologue() const;

    PrinterProfile m_profile;
};

} // namespace patron
