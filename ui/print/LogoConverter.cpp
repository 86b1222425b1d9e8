#include "print/LogoConverter.h"

#include <QCoreApplication>
#include <QPainter>

#include <vector>

namespace patron::ui {

struct LogoConverterTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::LogoConverter)
};

namespace {
// A logo taller than this wastes paper on every receipt.
constexpr int kMaxHeightDots = 240;
} // namespace

MonoBitmap LogoConverter::convert(const QImage& source, int maxWidthDots, Mode mode)
{
    if (source.isNull() || maxWidthDots <= 0)
        return {};
    QImage img = source;
    if (img.width() > maxWidthDots || img.height() > kMaxHeightDots)
        img = img.scaled(maxWidthDots, kMaxHeightDots, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Transparent pixels are paper, not black.
    QImage flat(img.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, img);
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    const int w = grey.width();
    const int h = grey.height();
    MonoBitmap out(w, h);
    // Floyd–Steinberg error diffusion in integers, one row of error ahead.
    std::vector<int> cur(size_t(w) + 2, 0), next(size_t(w) + 2, 0);
    for (int y = 0; y < h; ++y) {
        const uchar* line = grey.constScanLine(y);
        std::fill(next.begin(), next.end(), 0);
        for (int x = 0; x < w; ++x) {
            const int value = int(line[x]) + (mode == Mode::Dither ? cur[size_t(x) + 1] / 16 : 0);
            const bool black = value < 128;
            out.setPixel(x, y, black);
            if (mode == Mode::Dither) {
                const int err = value - (black ? 0 : 255);
                cur[size_t(x) + 2] += err * 7;
                next[size_t(x)] += err * 3;
                next[size_t(x) + 1] += err * 5;
                next[size_t(x) + 2] += err * 1;
            }
        }
        std::swap(cur, next);
    }
    return out;
}

Result<MonoBitmap> LogoConverter::convertFile(const QString& path, int maxWidthDots, Mode mode)
{
    QImage image;
    if (!image.load(path))
        return makeError(ErrorCode::InvalidInput,
                         LogoConverterTr::tr("%1 is not a picture Patron can read (use PNG or JPEG).").arg(path));
    return convert(image, maxWidthDots, mode);
}

} // namespace patron::ui
