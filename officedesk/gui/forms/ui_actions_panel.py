# Generated from ui/actions_panel.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ActionsPanel(object):
    def setupUi(self, ActionsPanel: QWidget) -> None:
        if not ActionsPanel.objectName():
            ActionsPanel.setObjectName(u"ActionsPanel")
        ActionsPanel.resize(900, 400)
        self.panelLayout = QVBoxLayout(ActionsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 6, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(ActionsPanel)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(ActionsPanel)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterRow.addWidget(self.filterCombo)

        self.unitLabel = QLabel(ActionsPanel)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterRow.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(ActionsPanel)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(16)

        self.filterRow.addWidget(self.unitCombo)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.panelLayout.addLayout(self.filterRow)

        self.actionsView = QTableView(ActionsPanel)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSortingEnabled(True)
        self.actionsView.setWordWrap(True)
        self.actionsView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.actionsView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.summaryLabel = QLabel(ActionsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.summaryLabel)

        self.updateButton = QPushButton(ActionsPanel)
        self.updateButton.setObjectName(u"updateButton")

        self.buttonRow.addWidget(self.updateButton)

        self.openButton = QPushButton(ActionsPanel)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonRow.setStretch(0, 1)

        self.panelLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.actionsView)
        QWidget.setTabOrder(self.actionsView, self.updateButton)
        QWidget.setTabOrder(self.updateButton, self.openButton)

        self.retranslateUi(ActionsPanel)

        QMetaObject.connectSlotsByName(ActionsPanel)
    # setupUi

    def retranslateUi(self, ActionsPanel: QWidget) -> None:
#if QT_CONFIG(accessibility)
        ActionsPanel.setAccessibleName(QCoreApplication.translate("ActionsPanel", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("ActionsPanel", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.filterCombo.setAccessibleName(QCoreApplication.translate("ActionsPanel", u"Which corrective actions to show", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("ActionsPanel", u"Uni&t:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("ActionsPanel", u"Unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleName(QCoreApplication.translate("ActionsPanel", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleDescription(QCoreApplication.translate("ActionsPanel", u"Overdue actions are marked Overdue in the status column; press Enter to update the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.updateButton.setText(QCoreApplication.translate("ActionsPanel", u"Update &status\u2026", None))
#if QT_CONFIG(tooltip)
        self.updateButton.setToolTip(QCoreApplication.translate("ActionsPanel", u"Record what the unit reported: done, still open or cancelled (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ActionsPanel", u"Open &inspection", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ActionsPanel", u"Open the inspection in which the action was set", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

