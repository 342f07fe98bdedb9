"""The Qt item models behind the lists, trees and tables; each is tested without a widget."""
