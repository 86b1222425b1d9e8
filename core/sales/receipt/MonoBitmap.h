#pragma once
// MonoBitmap: a 1-bit image (a receipt logo) held without QtGui, in the layout ESC/POS raster
// printing uses: rows of packed bytes, the most significant bit is the leftmost dot, 1 = black.

#include <QByteArray>

namespace patron {

class MonoBitmap {
public:
    MonoBitmap() = default;
    // A white bitmap of width x height dots.
    MonoBitmap(int width, int height);
    // Adopts packed rows; returns an empty bitmap when `rows` does not hold height rows of
    // bytesPerRow(width) bytes, so a malformed logo is skipped rather than garbling the printer.
    static MonoBitmap fromPackedRows(int width, int height, QByteArray rows);

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isNull() const { return m_width <= 0 || m_height <= 0; }
    int bytesPerRow() const { return (m_width + 7) / 8; }
    const QByteArray& packedRows() const { return m_rows; }

    bool pixel(int x, int y) const;
    void setPixel(int x, int y, bool black);

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_rows;
};

} // namespace patron
