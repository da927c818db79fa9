/* plenary-table-view.c: the data behind a picture, as a table to sort
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Show as Table" puts this in place of a picture: the rows of
 * plenary_picture_dup_table() in a GtkColumnView, one column per heading,
 * each sortable by a click on its heading (or Enter on it). A column whose
 * every cell is a number sorts as numbers and reads from the right; the
 * others sort as the user's language sorts words. The same words and
 * figures as the picture, for a screen reader or for anyone who would
 * rather read than look.
 */

#define G_LOG_DOMAIN "plenary-table-view"

#include "config.h"

#include "plenary-table-view.h"

/* One row: its cells. */
#define PLENARY_TYPE_TABLE_ROW (plenary_table_row_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryTableRow, plenary_table_row, PLENARY, TABLE_ROW, GObject)

struct _PlenaryTableRow
{
  GObject  parent_instance;

  GStrv    cells;
};

G_DEFINE_FINAL_TYPE (PlenaryTableRow, plenary_table_row, G_TYPE_OBJECT)

static void
plenary_table_row_finalize (GObject *object)
{
  g_strfreev (PLENARY_TABLE_ROW (object)->cells);

  G_OBJECT_CLASS (plenary_table_row_parent_class)->finalize (object);
}

static void
plenary_table_row_class_init (PlenaryTableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_table_row_finalize;
}

static void
plenary_table_row_init (PlenaryTableRow *self)
{
}

static const char *
row_cell (PlenaryTableRow *row,
          guint            column)
{
  return column < g_strv_length (row->cells) ? row->cells[column] : "";
}

struct _PlenaryTableView
{
  GtkWidget          parent_instance;

  GtkWidget         *scrolled;
  GtkColumnView     *column_view;
  GListStore        *rows;
  GtkSortListModel  *sorted;
  guint              n_columns;
};

G_DEFINE_FINAL_TYPE (PlenaryTableView, plenary_table_view, GTK_TYPE_WIDGET)

/* Whether @text is a number as the tables write them: "93", "0.873",
 * "-1.2", "83.8%". */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  if (end == text)
    return FALSE;
  if (*end == '%')
    end++;
  return *end == '\0';
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  const char *x = row_cell ((PlenaryTableRow *) a, column);
  const char *y = row_cell ((PlenaryTableRow *) b, column);
  double u, v;

  if (parse_number (x, &u) && parse_number (y, &v))
    return (u > v) - (u < v);
  /* An empty cell goes last. */
  if (*x == '\0' || *y == '\0')
    return (*x == '\0') - (*y == '\0');
  return g_utf8_collate (x, y);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label),
                        GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric")) ? 1.0 : 0.0);
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric")))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PlenaryTableRow *row = gtk_list_item_get_item (item);
  const char *text = row_cell (row, GPOINTER_TO_UINT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
plenary_table_view_dispose (GObject *object)
{
  PlenaryTableView *self = PLENARY_TABLE_VIEW (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (plenary_table_view_parent_class)->dispose (object);
}

static void
plenary_table_view_class_init (PlenaryTableViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = plenary_table_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tableview");
}

static void
plenary_table_view_init (PlenaryTableView *self)
{
  GtkSingleSelection *selection;

  self->rows = g_list_store_new (PLENARY_TYPE_TABLE_ROW);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_column_view_set_show_column_separators (self->column_view, FALSE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

GtkWidget *
plenary_table_view_new (void)
{
  return g_object_new (PLENARY_TYPE_TABLE_VIEW, NULL);
}

/* Whether every cell of @column is a number, and one at least. */
static gboolean
column_is_numeric (PlenaryTable *table,
                   guint         column)
{
  gboolean any = FALSE;
  double value;

  for (guint i = 0; i < table->rows->len; i++)
    {
      const char *cell = ((char **) g_ptr_array_index (table->rows, i))[column];

      if (cell == NULL || *cell == '\0')
        continue;
      if (!parse_number (cell, &value))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/**
 * plenary_table_view_set_table:
 * @table: (nullable) (transfer none): the rows to show; %NULL for none
 *
 * Shows @table, unsorted: in its own order, until a heading is clicked.
 */
void
plenary_table_view_set_table (PlenaryTableView *self,
                              PlenaryTable     *table)
{
  GListModel *columns;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PLENARY_IS_TABLE_VIEW (self));

  columns = gtk_column_view_get_columns (self->column_view);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
  g_list_store_remove_all (self->rows);
  self->n_columns = 0;
  if (table == NULL)
    return;

  self->n_columns = g_strv_length (table->columns);
  for (guint c = 0; c < self->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, GUINT_TO_POINTER (c), NULL));

      g_object_set_data (G_OBJECT (factory), "numeric", GINT_TO_POINTER (column_is_numeric (table, c)));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (table->columns[c], factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c + 1 == self->n_columns || c == 1);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (sorter);
    }

  for (guint i = 0; i < table->rows->len; i++)
    {
      PlenaryTableRow *row = g_object_new (PLENARY_TYPE_TABLE_ROW, NULL);

      row->cells = g_strdupv (g_ptr_array_index (table->rows, i));
      g_ptr_array_add (items, row);
    }
  g_list_store_splice (self->rows, 0, 0, items->pdata, items->len);
}

/* How many rows the table shows. */
guint
plenary_table_view_get_n_rows (PlenaryTableView *self)
{
  g_return_val_if_fail (PLENARY_IS_TABLE_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

guint
plenary_table_view_get_n_columns (PlenaryTableView *self)
{
  g_return_val_if_fail (PLENARY_IS_TABLE_VIEW (self), 0);

  return self->n_columns;
}

/* The text of a cell, @row counted in the order shown (sorted). */
const char *
plenary_table_view_get_cell (PlenaryTableView *self,
                             guint             row,
                             guint             column)
{
  g_autoptr(PlenaryTableRow) item = NULL;

  g_return_val_if_fail (PLENARY_IS_TABLE_VIEW (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);
  if (item == NULL || column >= self->n_columns)
    return NULL;
  /* The row lives on in the store. */
  return row_cell (item, column);
}

/* Sorts by @column, as a click on its heading does. */
void
plenary_table_view_sort_by (PlenaryTableView *self,
                            guint             column,
                            GtkSortType       order)
{
  g_autoptr(GtkColumnViewColumn) item = NULL;

  g_return_if_fail (PLENARY_IS_TABLE_VIEW (self));

  item = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), column);
  gtk_column_view_sort_by_column (self->column_view, item, order);
}

GtkColumnView *
plenary_table_view_get_column_view (PlenaryTableView *self)
{
  g_return_val_if_fail (PLENARY_IS_TABLE_VIEW (self), NULL);

  return self->column_view;
}
