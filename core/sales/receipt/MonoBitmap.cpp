#include "sales/receipt/MonoBitmap.h"

namespace patron {

MonoBitmap::MonoBitmap(int width, int height)
    : m_width(width > 0 ? width : 0), m_height(height > 0 ? height : 0)
{
    m_rows = QByteArray(qsizetype(bytesPerRow()) * m_height, '\0');
}

MonoBitmap MonoBitmap::fromPackedRows(int width, int height, QByteArray rows)
{
    MonoBitmap b;
    if (width <= 0 || height <= 0 || rows.size() != qsizetype((width + 7) / 8) * height)
        return b;
    b.m_width = width;
    b.m_height = height;
    b.m_rows = std::move(rows);
    return b;
}

bool MonoBitmap::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto byte = quint8(m_rows.at(qsizetype(y) * bytesPerRow() + x / 8));
    return (byte >> (7 - x % 8)) & 1;
}

void MonoBitmap::setPixel(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char& byte = m_rows[qsizetype(y) * bytesPerRow() + x / 8];
    const char mask = char(0x80 >> (x % 8));
    byte = black ? char(byte | mask) : char(byte & ~mask);
}

} // namespace patron
