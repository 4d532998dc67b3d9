# Generated from ui/actions_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage: QWidget) -> None:
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(ActionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(ActionsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.campaignLabel = QLabel(ActionsPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.headerRow.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(ActionsPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.campaignCombo.setMinimumContentsLength(30)

        self.headerRow.addWidget(self.campaignCombo)


        self.pageLayout.addLayout(self.headerRow)

        self.panelLayout = QVBoxLayout()
        self.panelLayout.setObjectName(u"panelLayout")

        self.pageLayout.addLayout(self.panelLayout)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionsPage)

        QMetaObject.connectSlotsByName(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        ActionsPage.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActionsPage", u"Corrective actions", None))
        self.campaignLabel.setText(QCoreApplication.translate("ActionsPage", u"&Campaign:", None))
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

