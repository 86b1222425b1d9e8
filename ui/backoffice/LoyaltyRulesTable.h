#pragma once
// LoyaltyRulesTable: one array of the loyalty rules document (tiers, top-up bonuses, coupon
// templates, gifts) as an editable table, a column per key. Money shows in yuan and basis
// points as percent, both parsed back without floating point. Keys without a column are kept
// as they were, so the form never drops what only the JSON tab can edit.

#include "common/Result.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace patron::ui {

class LoyaltyRulesTable : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Text, Integer, Yuan, Percent, Bool, List };
    struct Column {
        QString key;
        QString header;
        Kind kind = Kind::Text;
    };

    LoyaltyRulesTable(QList<Column> columns, QString currency, QWidget* parent = nullptr);

    void setRows(const QJsonArray& rows);
    // The rows as JSON; an unreadable cell is an error naming its row and column.
    Result<QJsonArray> rows() const;
    void setEditable(bool editable);
    QTableWidget* table() const { return m_table; }

    // "5", "5.5", "5.50" -> 500: basis points typed as percent, whatever the store's currency.
    static std::optional<qint64> parseHundredths(const QString& text);

private:
    QList<Column> m_columns;
    QString m_currency;
    bool m_editable = true;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace patron::ui
