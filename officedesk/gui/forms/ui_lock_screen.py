# Generated from ui/lock_screen.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LockScreen(object):
    def setupUi(self, LockScreen: QDialog) -> None:
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(900, 560)
        self.screenLayout = QVBoxLayout(LockScreen)
        self.screenLayout.setObjectName(u"screenLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screenLayout.addItem(self.topSpacer)

        self.middleLayout = QHBoxLayout()
        self.middleLayout.setObjectName(u"middleLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middleLayout.addItem(self.leftSpacer)

        self.panel = QFrame(LockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(380, 0))
        self.panel.setMaximumSize(QSize(520, 16777215))
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(self.panel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.panelLayout.addWidget(self.titleLabel)

        self.whoLabel = QLabel(self.panel)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.whoLabel)

        self.noteLabel = QLabel(self.panel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.noteLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.panel)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.panelLayout.addLayout(self.form)

        self.messageLabel = QLabel(self.panel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.switchButton = QPushButton(self.panel)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.switchButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.panel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.middleLayout.addWidget(self.panel)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middleLayout.addItem(self.rightSpacer)


        self.screenLayout.addLayout(self.middleLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screenLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen: QDialog) -> None:
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"OfficeDesk is locked", None))
#if QT_CONFIG(accessibility)
        LockScreen.setAccessibleName(QCoreApplication.translate("LockScreen", u"OfficeDesk is locked", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"OfficeDesk is locked", None))
        self.noteLabel.setText(QCoreApplication.translate("LockScreen", u"Nobody used this computer for a while. Everything entered is saved. Enter your password to continue.", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.switchButton.setText(QCoreApplication.translate("LockScreen", u"Sign in as &someone else", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
    # retranslateUi

