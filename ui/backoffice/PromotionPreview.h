#pragma once
// PromotionPreview: "what would this promotion do": an example basket of one product (its price
// and a quantity) priced with the pricing engine's own promotion arithmetic, and whether the
// promotion's window includes the moment chosen, shown before the promotion is saved.

#include "sales/Promotion.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace patron::ui {

struct PromotionExample {
    qint64 listMinor = 0;
    qint64 discountMinor = 0;
    qint64 payMinor = 0;
    bool appliesNow = false;
};

class PromotionPreview : public QWidget {
    Q_OBJECT
public:
    PromotionPreview(QString currency, QWidget* parent = nullptr);

    // The product the example uses (a category promotion: any product of it, or a typed price).
    void setExampleProduct(const QString& name, qint64 unitMinor, bool weighed);
    // Works the example out for `promotion` at `at` and shows it; false (reason shown) on bad input.
    bool showExample(const Promotion& promotion, const QDateTime& at);
    // What the form still lacks, in place of the example.
    void showProblem(const QString& problem);
    const PromotionExample& result() const { return m_result; }

    static PromotionExample compute(const Promotion& promotion, qint64 unitMinor, qint64 qtyMilli, bool weighed,
                                    const QDateTime& at, bool member);

private:
    QString m_currency;
    QString m_productName;
    bool m_weighed = false;
    QLineEdit* m_price;
    QSpinBox* m_qty;
    QCheckBox* m_member;
    QLabel* m_output;
    PromotionExample m_result;
};

} // namespace patron::ui
