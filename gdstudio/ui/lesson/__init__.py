"""The lesson panel beside the tabs, the authoring dialogs and the slides of a lesson.

:mod:`.studio` gives the shell one object (:class:`~.studio.LessonStudio`) holding
the dock, the Lessons menu and the lesson being written; :mod:`.panel` is what a
student reads and answers; :mod:`.editor` the dialogs a teacher writes a lesson with;
:mod:`.runner` makes a step's runs off the window's thread; :mod:`.slides` lays a
step out as a slide image. The maths is all in :mod:`gdstudio.core.lesson`.
"""
