# Generated from ui/settings_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage: QWidget) -> None:
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(640, 420)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.languageGroup = QGroupBox(SettingsPage)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.pageLayout.addWidget(self.languageGroup)

        self.lockGroup = QGroupBox(SettingsPage)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.idleLockLabel = QLabel(self.lockGroup)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.lockGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        sizePolicy.setHeightForWidth(self.idleLockSpin.sizePolicy().hasHeightForWidth())
        self.idleLockSpin.setSizePolicy(sizePolicy)
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(240)
        self.idleLockSpin.setValue(10)

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.idleLockNote = QLabel(self.lockGroup)
        self.idleLockNote.setObjectName(u"idleLockNote")
        self.idleLockNote.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockNote)


        self.pageLayout.addWidget(self.lockGroup)

        self.dataGroup = QGroupBox(SettingsPage)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataForm = QFormLayout(self.dataGroup)
        self.dataForm.setObjectName(u"dataForm")
        self.databaseCaption = QLabel(self.dataGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(self.dataGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.logCaption = QLabel(self.dataGroup)
        self.logCaption.setObjectName(u"logCaption")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logCaption)

        self.logValue = QLabel(self.dataGroup)
        self.logValue.setObjectName(u"logValue")
        self.logValue.setWordWrap(True)
        self.logValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.logValue)


        self.pageLayout.addWidget(self.dataGroup)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        SettingsPage.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"A new language is used the next time OfficeDesk starts.", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Shared computer", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after this long without use:", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minutes without use before OfficeDesk locks", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.idleLockNote.setText(QCoreApplication.translate("SettingsPage", u"OfficeDesk hides the screen and asks for the password again when nobody has used it for this many minutes. Everything entered stays saved.", None))
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Data", None))
        self.databaseCaption.setText(QCoreApplication.translate("SettingsPage", u"Database in use:", None))
#if QT_CONFIG(accessibility)
        self.databaseValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Database in use", None))
#endif // QT_CONFIG(accessibility)
        self.logCaption.setText(QCoreApplication.translate("SettingsPage", u"Error log folder:", None))
#if QT_CONFIG(accessibility)
        self.logValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Error log folder", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

