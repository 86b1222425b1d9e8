#pragma once
// The ESC/POS commands Patron sends, one function per command, each returning its bytes.
// Byte values follow Epson's ESC/POS reference (see docs/reference: "ESC/POS bytes").

#include "devices/escpos/PrinterProfile.h"
#include "sales/receipt/MonoBitmap.h"

#include <QByteArray>

namespace patron::escpos {

enum class Align { Left = 0, Center = 1, Right = 2 };

QByteArray initialize();                      // ESC @
QByteArray chineseMode(bool on);              // FS & / FS .
QByteArray codePage(PrinterProfile::Charset charset);  // ESC t n
QByteArray align(Align a);                    // ESC a n
QByteArray bold(bool on);                     // ESC E n
QByteArray doubleSize(bool on);               // GS ! 0x11 / 0x00
QByteArray feedLines(int lines);              // ESC d n
QByteArray cut(const PrinterProfile& profile);  // GS V …, with the feed the mode needs
QByteArray drawerPulse(PrinterProfile::DrawerPin pin, int onMs, int offMs);  // ESC p m t1 t2
// GS h / GS w / GS H 2 / GS k 73 n {B data; empty when data is not CODE128 set B printable or too long.
QByteArray code128(const QByteArray& ascii, int heightDots, int moduleWidth);
// GS ( k model 2, module size, error level, store, print; empty when the payload is too long.
QByteArray qrCode(const QByteArray& payload, int moduleSize, PrinterProfile::QrErrorLevel level);
// GS v 0 in bands; a bitmap wider than maxWidthDots is cropped on the right.
QByteArray rasterImage(const MonoBitmap& bitmap, int maxWidthDots);
QByteArray statusRequest(int n);              // DLE EOT n (1 printer, 2 offline cause, 4 paper)

inline constexpr int kMaxQrPayload = 7089 - 3;
inline constexpr int kRasterBandRows = 256;

} // namespace patron::escpos
