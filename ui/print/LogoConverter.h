#pragma once
// LogoConverter: a picture (PNG, JPEG) made into the 1-bit receipt logo a thermal printer can
// print: scaled down to fit the paper, flattened onto white, then dithered or thresholded.

#include "common/Result.h"
#include "sales/receipt/MonoBitmap.h"

#include <QImage>
#include <QString>

namespace patron::ui {

class LogoConverter {
public:
    enum class Mode { Dither, Threshold };

    // The printable width limit is the paper's dots (384 on 58 mm, 576 on 80 mm); a logo is
    // never scaled up, only down. Mid-grey thresholds at 128.
    static MonoBitmap convert(const QImage& image, int maxWidthDots, Mode mode);
    static Result<MonoBitmap> convertFile(const QString& path, int maxWidthDots, Mode mode);
};

} // namespace patron::ui
