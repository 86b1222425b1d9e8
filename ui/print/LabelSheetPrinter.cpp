#include "print/LabelSheetPrinter.h"

#include "print/Code128.h"
#include "print/Ean13.h"

#include <QPainter>
#include <QPrinter>

namespace patron::ui {

namespace {
constexpr double kLabelWidthMm = 70.0;
constexpr double kLabelHeightMm = 37.0;
constexpr int kQuietModules = 10;

// Bars as runs of (isBar, modules).
QList<QPair<bool, int>> barRuns(const QString& code)
{
    QList<QPair<bool, int>> runs;
    const QList<bool> ean = Ean13::modules(code);
    if (!ean.isEmpty()) {
        for (bool m : ean) {
            if (!runs.isEmpty() && runs.last().first == m)
                ++runs.last().second;
            else
                runs.append({m, 1});
        }
        return runs;
    }
    bool bar = true;
    for (int w : Code128::moduleWidths(code)) {
        runs.append({bar, w});
        bar = !bar;
    }
    return runs;
}
} // namespace

void LabelSheetPrinter::paintLabel(QPainter& painter, const QRect& rect, const LabelItem& item)
{
    const int pad = rect.height() / 14;
    const QRect inner = rect.adjusted(pad, pad, -pad, -pad);
    const int textHeight = inner.height() / 5;
    QFont font = painter.font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPixelSize(std::max(6, textHeight * 3 / 4));
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(inner.left(), inner.top(), inner.width() * 2 / 3, textHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(item.name, Qt::ElideRight, inner.width() * 2 / 3));
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(inner.left() + inner.width() * 2 / 3, inner.top(), inner.width() / 3, textHeight),
                     Qt::AlignRight | Qt::AlignVCenter, item.price);

    const QList<QPair<bool, int>> runs = barRuns(item.code);
    int modules = 2 * kQuietModules;
    for (const auto& r : runs)
        modules += r.second;
    const int module = std::max(1, inner.width() / modules);
    int x = inner.left() + (inner.width() - (modules - 2 * kQuietModules) * module) / 2;
    const int barTop = inner.top() + textHeight + pad / 2;
    const int barHeight = inner.bottom() - textHeight - barTop;
    for (const auto& r : runs) {
        if (r.first)
            painter.fillRect(x, barTop, r.second * module, barHeight, Qt::black);
        x += r.second * module;
    }
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QRect(inner.left(), inner.bottom() - textHeight, inner.width(), textHeight), Qt::AlignCenter,
                     item.code);
}

int LabelSheetPrinter::print(QPrinter& printer, const QList<LabelItem>& items)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPainter painter(&printer);
    if (!painter.isActive())
        return 0;
    const double dpmm = printer.resolution() / 25.4;
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const double marginX = (paper.width() - kColumns * kLabelWidthMm * dpmm) / 2;
    const double marginY = (paper.height() - kRows * kLabelHeightMm * dpmm) / 2;
    const int perPage = kColumns * kRows;
    int pages = items.isEmpty() ? 0 : 1;
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0 && i % perPage == 0) {
            printer.newPage();
            ++pages;
        }
        const int slot = i % perPage;
        const QRect rect(int(marginX + (slot % kColumns) * kLabelWidthMm * dpmm),
                         int(marginY + (slot / kColumns) * kLabelHeightMm * dpmm), int(kLabelWidthMm * dpmm),
                         int(kLabelHeightMm * dpmm));
        paintLabel(painter, rect, items[i]);
    }
    painter.end();
    return pages;
}

} // namespace patron::ui
