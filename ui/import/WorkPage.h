#pragma once

#include <QWizardPage>

namespace liaison {

// A wizard page whose Next/Finish waits for work to be done (a file to be
// readable, a dry run or a commit to finish).
class WorkPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void setComplete(bool complete)
    {
        if (complete == m_complete)
            return;
        m_complete = complete;
        emit completeChanged();
    }
    bool isComplete() const override { return m_complete; }

private:
    bool m_complete = false;
};

} // namespace liaison
