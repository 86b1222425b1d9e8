#include "TableRows.h"

#include "store/Database.h"

namespace patron::test {

QStringList tableRows(Database& db, const char* sql)
{
    QStringList out;
    Statement s = db.prepare(sql);
    while (s.step()) {
        QStringList cols;
        for (int c = 0; c < s.columnCount(); ++c)
            cols << (s.isNull(c) ? QStringLiteral("NULL") : s.text(c));
        out << cols.join(u'|');
    }
    return out;
}

} // namespace patron::test
