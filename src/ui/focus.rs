//! The keyboard's way through the workspace: a ring that shows which widget has the keyboard
//! (in both themes), Tab that goes on from where Esc left off instead of from the top, and
//! choice lists that answer the arrows, Enter and Esc.

use egui::{Key, Modifiers};

/// Where the keyboard was, frame to frame, so that Esc (which egui answers by dropping the
/// focus) does not send the next Tab back to the top of the window.
#[derive(Debug, Default)]
pub struct FocusTrail {
    /// The widget that had the keyboard at the end of the last frame.
    last: Option<egui::Id>,
    /// The widget Esc took the keyboard from.
    left: Option<egui::Id>,
    /// The menu bar has the keyboard (after F10) and is in the Tab order.
    pub menu_bar: bool,
}

impl FocusTrail {
    /// At the start of a frame, before any widget: Tab or Shift+Tab after Esc goes on from
    /// the widget Esc left.
    pub fn begin(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(egui::Memory::focused);
        let (escape, tab) = ctx.input(|i| {
            (
                i.key_pressed(Key::Escape),
                i.key_pressed(Key::Tab) && (i.modifiers.is_none() || i.modifiers.shift_only()),
            )
        });
        if escape && focused.is_none() && self.last.is_some() {
            self.left = self.last;
        }
        if focused.is_some() && !escape {
            self.left = None;
        }
        if tab
            && focused.is_none()
            && let Some(id) = self.left.take()
        {
            // The focus direction of this Tab is already set: from this widget it moves on.
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    /// At the end of a frame.
    pub fn end(&mut self, ctx: &egui::Context) {
        self.last = ctx.memory(egui::Memory::focused);
    }
}

/// Draws a ring around the widget that has the keyboard, in the selection colour of the
/// theme, outside the widget and clipped to where it shows.
pub fn focus_ring(ctx: &egui::Context) {
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if !response.sense.is_focusable() || response.rect.area() <= 0.0 {
        return;
    }
    let visuals = &ctx.global_style().visuals;
    let color = if visuals.selection.stroke.color.a() == 0 {
        crate::ui::theme::Palette::workspace(visuals.dark_mode)
            .text
            .into()
    } else {
        visuals.selection.stroke.color
    };
    let painter = ctx
        .layer_painter(response.layer_id)
        .with_clip_rect(response.interact_rect.expand(4.0));
    painter.rect_stroke(
        response.rect.expand(2.0),
        4.0,
        egui::Stroke::new(2.0, color),
        egui::StrokeKind::Outside,
    );
}

/// A drop-down choice that works from the keyboard as a desktop's does: with the keyboard on
/// it, ↑ and ↓ change the value (Home, End: the first, the last); Enter or Space opens the
/// list; in the list ↑ ↓ move, Enter chooses and closes, Esc closes leaving the value as it
/// was. A click chooses and closes too. The response is marked changed when the value changed.
pub fn choice<T: PartialEq + Clone>(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    current: &mut T,
    options: &[(T, String)],
    width: Option<f32>,
) -> egui::Response {
    // The id the combo box gives its button.
    let button_id = ui.make_persistent_id(egui::IdSalt::new(&id_salt));
    let popup_id = button_id.with("popup");
    let cursor_id = button_id.with("cursor");
    let ctx = ui.ctx().clone();
    let open = egui::Popup::is_id_open(&ctx, popup_id);
    let focused = ctx.memory(|m| m.has_focus(button_id));
    let index = options.iter().position(|(v, _)| v == current);
    let last = options.len().saturating_sub(1);
    let mut picked: Option<usize> = None;
    let mut moved = false;
    let mut cursor = index.unwrap_or(0);
    if focused {
        // These keys are the list's, not the focus's.
        ctx.memory_mut(|m| {
            m.set_focus_lock_filter(
                button_id,
                egui::EventFilter {
                    vertical_arrows: true,
                    escape: open,
                    ..Default::default()
                },
            );
        });
        let (up, down, home, end, enter, escape) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::Home),
                i.consume_key(Modifiers::NONE, Key::End),
                open && i.consume_key(Modifiers::NONE, Key::Enter),
                open && i.consume_key(Modifiers::NONE, Key::Escape),
            )
        });
        if open {
            cursor = ctx
                .data(|d| d.get_temp::<usize>(cursor_id))
                .unwrap_or(cursor);
        }
        let target = if up {
            Some(cursor.saturating_sub(1))
        } else if down {
            Some((cursor + 1).min(last))
        } else if home {
            Some(0)
        } else if end {
            Some(last)
        } else {
            None
        };
        if let Some(target) = target {
            moved = true;
            cursor = target;
            if !open {
                picked = Some(target);
            }
        }
        if enter {
            picked = Some(cursor);
        }
        if escape {
            egui::Popup::close_id(&ctx, popup_id);
        }
        ctx.data_mut(|d| d.insert_temp(cursor_id, cursor));
    } else if !open {
        ctx.data_mut(|d| d.remove_temp::<usize>(cursor_id));
    }
    let shown = index
        .and_then(|i| options.get(i))
        .map_or("", |(_, label)| label.as_str());
    let mut combo = egui::ComboBox::from_id_salt(&id_salt).selected_text(shown);
    if let Some(width) = width {
        // The button keeps its width: a long choice is cut with "…" and shown whole in the list.
        combo = combo.width(width).truncate();
    }
    let highlighted = if open { cursor } else { index.unwrap_or(0) };
    let mut response = combo
        .show_ui(ui, |ui| {
            for (i, (_, label)) in options.iter().enumerate() {
                let item = ui.selectable_label(i == highlighted, label);
                if moved && i == highlighted {
                    item.scroll_to_me(None);
                }
                if item.clicked() {
                    picked = Some(i);
                }
            }
        })
        .response;
    if let Some((value, _)) = picked.and_then(|i| options.get(i)) {
        if *value != *current {
            *current = value.clone();
            response.mark_changed();
        }
        egui::Popup::close_id(&ctx, popup_id);
        ctx.memory_mut(|m| m.request_focus(button_id));
    }
    response
}
