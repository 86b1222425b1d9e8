#pragma once
// UnknownCodeBar: shown when a scanned barcode is not in the catalog. Says so plainly and offers
// the two ways on: search by name instead, or add the product now (the checkout checks who may).

#include <QWidget>

class QLabel;
class QPushButton;

namespace patron::ui {

class UnknownCodeBar : public QWidget {
    Q_OBJECT
public:
    explicit UnknownCodeBar(QWidget* parent = nullptr);

    void showCode(const QString& code);
    void dismiss();
    QString code() const { return m_code; }
    QString text() const;

signals:
    void searchRequested(const QString& code);
    void addRequested(const QString& code);

private:
    QString m_code;
    QLabel* m_text;
};

} // namespace patron::ui
