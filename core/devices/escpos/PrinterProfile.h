#pragma once
// PrinterProfile: what Patron knows about one receipt printer model: its character set, paper
// width, cutter, drawer wiring and barcode sizes. The ESC/POS encoder follows it byte for byte.

#include "common/Result.h"
#include "sales/receipt/ColumnMeasure.h"

#include <QString>

namespace patron {

struct PrinterProfile {
    enum class Charset {
        Gb18030,      // Chinese printers: FS & then GB18030 two-byte codes
        CodePage437,  // Epson-compatible single-byte, ESC t 0
        CodePage858,  // Epson-compatible single-byte with €, ESC t 19
    };
    enum class Cut { None, Full, Partial, FeedThenFull, FeedThenPartial };
    enum class DrawerPin { Pin2, Pin5 };
    enum class QrErrorLevel { L, M, Q, H };

    Charset charset = Charset::Gb18030;
    int columns = 48;          // font A: 32 on 58 mm paper, 48 on 80 mm
    int dotsPerLine = 576;     // 384 on 58 mm, 576 on 80 mm (203 dpi)
    Cut cut = Cut::FeedThenPartial;
    int cutFeedDots = 24;      // n of GS V 66 n: extra feed before the cut
    int feedLinesBeforeCut = 4;  // ESC d n for the cut modes that do not feed by themselves
    DrawerPin drawerPin = DrawerPin::Pin2;
    int drawerOnMs = 100;      // the pulse; sent in 2 ms units (ESC p m t1 t2)
    int drawerOffMs = 500;
    int barcodeHeightDots = 80;
    int barcodeModuleWidth = 2;  // GS w: 2..6
    int qrModuleSize = 6;        // GS ( k 31 43 n: 1..16
    QrErrorLevel qrErrorLevel = QrErrorLevel::M;
    bool queryStatus = true;     // ask DLE EOT before and after a job where the link can read

    // A GB18030 printer for 32 or 48 columns, with sizes that suit that paper.
    static PrinterProfile chinese(int columns);
    // A single-byte code-page printer (Latin text) for 32 or 48 columns.
    static PrinterProfile latin(int columns, Charset codePage = Charset::CodePage858);
    // "gb18030", "cp437", "cp858" (case-insensitive).
    static Result<Charset> parseCharset(const QString& name);

    ColumnMeasure measure() const;
};

} // namespace patron
